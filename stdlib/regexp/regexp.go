// Package regexp is Go's regexp: RE2 syntax, leftmost-first matching. Compiling and the
// search itself are native (the regex crate, which implements the same semantics); every
// method here is built on one primitive, exec, following Go's iteration rules.
package regexp

import (
	"io"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// native
func compile(expr string) (prog int, names []string, code string, frag string)

// exec returns the submatch offsets of the first match at or after pos, nil if none.
//
// native
func exec(prog int, s string, pos int) []int

// execLongest is exec with leftmost-longest matching; why says what gint cannot match
// exactly, if anything.
//
// native
func execLongest(prog int, s string, pos int) (m []int, why string)

// native
func matches(prog int, s string) bool

// Regexp is the representation of a compiled regular expression.
type Regexp struct {
	expr        string
	prog        int
	subexpNames []string
	longest     bool
}

// find returns the submatch offsets of the first match at or after pos, nil if none.
func (re *Regexp) find(s string, pos int) []int {
	if re.longest {
		m, why := execLongest(re.prog, s, pos)
		if why != "" {
			panic("unsupported: regexp leftmost-longest matching in gint (" + why + ")")
		}
		return m
	}
	return exec(re.prog, s, pos)
}

// Compile parses a regular expression and returns, if successful, a Regexp.
func Compile(expr string) (*Regexp, error) {
	prog, names, code, frag := compile(expr)
	if code != "" {
		return nil, &syntax.Error{Code: syntax.ErrorCode(code), Expr: frag}
	}
	return &Regexp{expr: expr, prog: prog, subexpNames: names}, nil
}

// MustCompile is like Compile but panics if the expression cannot be parsed.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// MatchString reports whether the string s contains any match of the regular expression
// pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether the byte slice b contains any match of the regular expression
// pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// MatchReader reports whether the text returned by the RuneReader contains any match of
// the regular expression pattern.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

const specialBytes = `\.+*?()|[]{}^$`

// QuoteMeta returns a string that escapes all regular expression metacharacters inside
// the argument text.
func QuoteMeta(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(specialBytes, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// String returns the source text used to compile the regular expression.
func (re *Regexp) String() string { return re.expr }

// Copy returns a new Regexp object copied from re.
func (re *Regexp) Copy() *Regexp {
	re2 := *re
	return &re2
}

// Longest makes future searches prefer leftmost-longest matches: of the matches starting
// leftmost, the longest.
func (re *Regexp) Longest() { re.longest = true }

// CompilePOSIX is like Compile but restricts the syntax to POSIX ERE and makes the
// matching leftmost-longest: unsupported, as Longest.
//
// native
func CompilePOSIX(expr string) (*Regexp, error)

// MustCompilePOSIX is like CompilePOSIX but panics if the expression cannot be parsed.
//
// native
func MustCompilePOSIX(str string) *Regexp

// NumSubexp returns the number of parenthesized subexpressions in this Regexp.
func (re *Regexp) NumSubexp() int { return len(re.subexpNames) - 1 }

// SubexpNames returns the names of the parenthesized subexpressions in this Regexp.
func (re *Regexp) SubexpNames() []string { return re.subexpNames }

// SubexpIndex returns the index of the first subexpression with the given name, or -1.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.subexpNames {
			if name == s {
				return i
			}
		}
	}
	return -1
}

func (re *Regexp) MatchString(s string) bool { return matches(re.prog, s) }

func (re *Regexp) Match(b []byte) bool { return matches(re.prog, string(b)) }

// MatchReader reports whether the text from r contains any match; it reads r to its end.
func (re *Regexp) MatchReader(r io.RuneReader) bool {
	return re.MatchString(readAll(r))
}

func readAll(r io.RuneReader) string {
	var b strings.Builder
	for {
		c, _, err := r.ReadRune()
		if err != nil {
			return b.String()
		}
		b.WriteRune(c)
	}
}

// allMatches calls deliver with the offsets of each successive match, at most n of them
// (all if n < 0). An empty match right after the previous match is skipped, and after an
// empty match the search moves on by one character: Go's rules.
func (re *Regexp) allMatches(s string, n int, deliver func([]int)) {
	end := len(s)
	if n < 0 {
		n = end + 1
	}
	for pos, i, prevMatchEnd := 0, 0, -1; i < n && pos <= end; {
		m := re.find(s, pos)
		if m == nil {
			break
		}
		accept := true
		if m[1] == pos {
			if m[0] == prevMatchEnd {
				accept = false
			}
			_, width := utf8.DecodeRuneInString(s[pos:end])
			if width > 0 {
				pos += width
			} else {
				pos = end + 1
			}
		} else {
			pos = m[1]
		}
		prevMatchEnd = m[1]
		if accept {
			deliver(m)
			i++
		}
	}
}

func (re *Regexp) FindString(s string) string {
	m := re.find(s, 0)
	if m == nil {
		return ""
	}
	return s[m[0]:m[1]]
}

func (re *Regexp) FindStringIndex(s string) (loc []int) {
	m := re.find(s, 0)
	if m == nil {
		return nil
	}
	return m[0:2]
}

func (re *Regexp) FindStringSubmatch(s string) []string {
	m := re.find(s, 0)
	if m == nil {
		return nil
	}
	return substrings(s, m)
}

func substrings(s string, m []int) []string {
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.find(s, 0)
}

func (re *Regexp) Find(b []byte) []byte {
	m := re.find(string(b), 0)
	if m == nil {
		return nil
	}
	return b[m[0]:m[1]:m[1]]
}

func (re *Regexp) FindIndex(b []byte) (loc []int) {
	m := re.find(string(b), 0)
	if m == nil {
		return nil
	}
	return m[0:2]
}

func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	m := re.find(string(b), 0)
	if m == nil {
		return nil
	}
	return subslices(b, m)
}

func subslices(b []byte, m []int) [][]byte {
	out := make([][]byte, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = b[m[2*i]:m[2*i+1]:m[2*i+1]]
		}
	}
	return out
}

func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.find(string(b), 0)
}

func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int) {
	return re.FindStringIndex(readAll(r))
}

func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return re.FindStringSubmatchIndex(readAll(r))
}

func (re *Regexp) FindAllString(s string, n int) []string {
	var result []string
	re.allMatches(s, n, func(m []int) {
		result = append(result, s[m[0]:m[1]])
	})
	return result
}

func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var result [][]int
	re.allMatches(s, n, func(m []int) {
		result = append(result, m[0:2])
	})
	return result
}

func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var result [][]string
	re.allMatches(s, n, func(m []int) {
		result = append(result, substrings(s, m))
	})
	return result
}

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var result [][]int
	re.allMatches(s, n, func(m []int) {
		result = append(result, m)
	})
	return result
}

func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var result [][]byte
	re.allMatches(string(b), n, func(m []int) {
		result = append(result, b[m[0]:m[1]:m[1]])
	})
	return result
}

func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	return re.FindAllStringIndex(string(b), n)
}

func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var result [][][]byte
	re.allMatches(string(b), n, func(m []int) {
		result = append(result, subslices(b, m))
	})
	return result
}

func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.FindAllStringSubmatchIndex(string(b), n)
}

// replaceAll copies src with each match replaced by what repl appends: Go's loop, which
// skips an empty match right after the previous match and always advances.
func (re *Regexp) replaceAll(src string, repl func(dst []byte, m []int) []byte) []byte {
	lastMatchEnd := 0
	searchPos := 0
	var buf []byte
	for searchPos <= len(src) {
		a := re.find(src, searchPos)
		if a == nil {
			break
		}
		buf = append(buf, src[lastMatchEnd:a[0]]...)
		if a[1] > lastMatchEnd || a[0] == 0 {
			buf = repl(buf, a)
		}
		lastMatchEnd = a[1]
		_, width := utf8.DecodeRuneInString(src[searchPos:])
		if searchPos+width > a[1] {
			searchPos += width
		} else if searchPos+1 > a[1] {
			searchPos++
		} else {
			searchPos = a[1]
		}
	}
	return append(buf, src[lastMatchEnd:]...)
}

// ReplaceAllString returns a copy of src, replacing matches with the replacement string
// repl, in which $ signs are interpreted as in Expand.
func (re *Regexp) ReplaceAllString(src, repl string) string {
	b := re.replaceAll(src, func(dst []byte, m []int) []byte {
		return re.expand(dst, repl, src, m)
	})
	return string(b)
}

func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replaceAll(src, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	}))
}

func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replaceAll(src, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	}))
}

func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	s := string(src)
	r := string(repl)
	b := re.replaceAll(s, func(dst []byte, m []int) []byte {
		return re.expand(dst, r, s, m)
	})
	return b
}

func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replaceAll(string(src), func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	})
}

func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replaceAll(string(src), func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	})
}

// Expand appends template to dst with $name and ${name} replaced by the submatches of
// match in src.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

func (re *Regexp) expand(dst []byte, template string, src string, match []int) []byte {
	for len(template) > 0 {
		before, after, ok := strings.Cut(template, "$")
		if !ok {
			break
		}
		dst = append(dst, before...)
		template = after
		if template != "" && template[0] == '$' {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := extract(template)
		if !ok {
			// Malformed: the $ is plain text.
			dst = append(dst, '$')
			continue
		}
		template = rest
		if num >= 0 {
			if 2*num+1 < len(match) && match[2*num] >= 0 {
				dst = append(dst, src[match[2*num]:match[2*num+1]]...)
			}
		} else {
			for i, namei := range re.subexpNames {
				if name == namei && 2*i+1 < len(match) && match[2*i] >= 0 {
					dst = append(dst, src[match[2*i]:match[2*i+1]]...)
					break
				}
			}
		}
	}
	return append(dst, template...)
}

// extract reads a name (the longest run of letters, digits and underscores, in braces or
// not) from the start of str; num is its value if it is a number without leading zeros.
func extract(str string) (name string, num int, rest string, ok bool) {
	if str == "" {
		return
	}
	brace := false
	if str[0] == '{' {
		brace = true
		str = str[1:]
	}
	i := 0
	for i < len(str) {
		r, size := utf8.DecodeRuneInString(str[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			break
		}
		i += size
	}
	if i == 0 {
		return
	}
	name = str[:i]
	if brace {
		if i >= len(str) || str[i] != '}' {
			return
		}
		i++
	}
	num = 0
	for k := 0; k < len(name); k++ {
		if name[k] < '0' || '9' < name[k] || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[k]) - '0'
	}
	if name[0] == '0' && len(name) > 1 {
		num = -1
	}
	rest = str[i:]
	ok = true
	return
}

// Split slices s into substrings separated by the expression and returns a slice of the
// substrings between those expression matches (at most n; all if n < 0).
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	strs := make([]string, 0, len(matches))
	beg := 0
	end := 0
	for _, match := range matches {
		if n > 0 && len(strs) == n-1 {
			break
		}
		end = match[0]
		if match[1] != 0 {
			strs = append(strs, s[beg:end])
		}
		beg = match[1]
	}
	if end != len(s) {
		strs = append(strs, s[beg:])
	}
	return strs
}
