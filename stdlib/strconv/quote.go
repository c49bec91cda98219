package strconv

import (
	"unicode/utf8"
)

const lowerhex = "0123456789abcdef"

// IsPrint reports whether r is printable as Go defines it (the same set as unicode.IsPrint).
//
// native
func IsPrint(r rune) bool

// IsGraphic reports whether r is graphic as Unicode defines it: categories L, M, N, P, S
// and Zs.
//
// native
func IsGraphic(r rune) bool

// quoteWith quotes s with the quote character; asciiOnly escapes every non-ASCII code
// point, graphicOnly keeps graphic ones (rather than printable ones) unescaped.
func appendQuotedWith(buf []byte, s string, quote byte, asciiOnly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	for width := 0; len(s) > 0; s = s[width:] {
		r := rune(s[0])
		width = 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			// An invalid byte is kept as a \x escape of that byte.
			buf = append(buf, `\x`...)
			buf = append(buf, lowerhex[s[0]>>4], lowerhex[s[0]&0xF])
			continue
		}
		buf = appendEscapedRune(buf, r, quote, asciiOnly, graphicOnly)
	}
	return append(buf, quote)
}

func appendQuotedRuneWith(buf []byte, r rune, quote byte, asciiOnly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = appendEscapedRune(buf, r, quote, asciiOnly, graphicOnly)
	return append(buf, quote)
}

func appendEscapedRune(buf []byte, r rune, quote byte, asciiOnly, graphicOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if asciiOnly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) || graphicOnly && IsGraphic(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, `\a`...)
	case '\b':
		return append(buf, `\b`...)
	case '\f':
		return append(buf, `\f`...)
	case '\n':
		return append(buf, `\n`...)
	case '\r':
		return append(buf, `\r`...)
	case '\t':
		return append(buf, `\t`...)
	case '\v':
		return append(buf, `\v`...)
	}
	switch {
	case r < ' ' || r == 0x7f:
		return append(buf, '\\', 'x', lowerhex[byte(r)>>4], lowerhex[byte(r)&0xF])
	case !utf8.ValidRune(r):
		r = 0xFFFD
		return appendHex(buf, 'u', r, 4)
	case r < 0x10000:
		return appendHex(buf, 'u', r, 4)
	}
	return appendHex(buf, 'U', r, 8)
}

// appendHex appends \<c> and the n lower case hex digits of r.
func appendHex(buf []byte, c byte, r rune, n int) []byte {
	buf = append(buf, '\\', c)
	for s := (n - 1) * 4; s >= 0; s -= 4 {
		buf = append(buf, lowerhex[r>>uint(s)&0xF])
	}
	return buf
}

// Quote returns s as a double-quoted Go string literal, with Go escapes (\t, \n, \xFF,
// \u0100) for control characters and non-printable code points as IsPrint defines them.
func Quote(s string) string {
	return string(appendQuotedWith(make([]byte, 0, 3*len(s)/2), s, '"', false, false))
}

// AppendQuote appends the Quote form of s to dst.
func AppendQuote(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', false, false)
}

// QuoteToASCII is Quote escaping every non-ASCII code point too.
func QuoteToASCII(s string) string {
	return string(appendQuotedWith(make([]byte, 0, 3*len(s)/2), s, '"', true, false))
}

// AppendQuoteToASCII appends the QuoteToASCII form of s to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', true, false)
}

// QuoteToGraphic is Quote keeping graphic code points (IsGraphic) unescaped.
func QuoteToGraphic(s string) string {
	return string(appendQuotedWith(make([]byte, 0, 3*len(s)/2), s, '"', false, true))
}

// AppendQuoteToGraphic appends the QuoteToGraphic form of s to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', false, true)
}

// QuoteRune returns r as a single-quoted Go character literal; an invalid code point is
// quoted as U+FFFD.
func QuoteRune(r rune) string {
	return string(appendQuotedRuneWith(nil, r, '\'', false, false))
}

// AppendQuoteRune appends the QuoteRune form of r to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', false, false)
}

// QuoteRuneToASCII is QuoteRune escaping non-ASCII code points too.
func QuoteRuneToASCII(r rune) string {
	return string(appendQuotedRuneWith(nil, r, '\'', true, false))
}

// AppendQuoteRuneToASCII appends the QuoteRuneToASCII form of r to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', true, false)
}

// QuoteRuneToGraphic is QuoteRune keeping graphic code points unescaped.
func QuoteRuneToGraphic(r rune) string {
	return string(appendQuotedRuneWith(nil, r, '\'', false, true))
}

// AppendQuoteRuneToGraphic appends the QuoteRuneToGraphic form of r to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', false, true)
}

// CanBackquote reports whether s can be a single-line raw string literal: no control
// characters other than tab, no backquote, valid UTF-8 and no U+FEFF.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\ufeff' {
				return false // a byte order mark is not allowed in Go source
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

func unhex(b byte) (v rune, ok bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// UnquoteChar decodes the first character or escape sequence of the body of a quoted
// literal s delimited by quote. It returns the value, whether it needs a multibyte UTF-8
// encoding, the rest of s, and ErrSyntax for a malformed sequence. quote ' forbids an
// unescaped ' and allows \'; quote " the same for "; quote 0 forbids both escapes and
// allows both unescaped.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			// A \x escape is a single byte, whatever its value.
			value = v
			break
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", ErrSyntax
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | x
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, s, nil
}

// QuotedPrefix returns the quoted string (as Unquote accepts it) at the start of s.
func QuotedPrefix(s string) (string, error) {
	out, _, err := unquote(s, false)
	return out, err
}

// Unquote interprets s as a single-quoted, double-quoted or backquoted Go literal and
// returns the value it stands for (for a single-quoted literal, one character).
func Unquote(s string) (string, error) {
	out, rem, err := unquote(s, true)
	if len(rem) > 0 {
		return "", ErrSyntax
	}
	return out, err
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// unquote parses the quoted literal at the start of in and returns its value (if
// unescape) or its source text, and the rest of in.
func unquote(in string, unescape bool) (out, rem string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	quote := in[0]
	end := indexByte(in[1:], quote)
	if end < 0 {
		return "", in, ErrSyntax
	}
	end += 2 // just past the closing quote

	switch quote {
	case '`':
		switch {
		case !unescape:
			out = in[:end]
		case indexByte(in[:end], '\r') < 0:
			out = in[1 : end-1]
		default:
			// Carriage returns are dropped from raw strings.
			buf := make([]byte, 0, end-2)
			for i := 1; i < end-1; i++ {
				if in[i] != '\r' {
					buf = append(buf, in[i])
				}
			}
			out = string(buf)
		}
		return out, in[end:], nil

	case '"', '\'':
		body := in[1 : end-1]
		// Without escapes or newlines the literal is its own value, if well formed.
		if indexByte(body, '\\') < 0 && indexByte(body, '\n') < 0 {
			valid := false
			if quote == '"' {
				valid = utf8.ValidString(body)
			} else {
				r, n := utf8.DecodeRuneInString(body)
				valid = n == len(body) && n > 0 && (r != utf8.RuneError || n != 1)
			}
			if valid {
				out = in[:end]
				if unescape {
					out = body
				}
				return out, in[end:], nil
			}
		}
		var buf []byte
		in0 := in
		in = in[1:]
		for len(in) > 0 && in[0] != quote {
			r, multibyte, rest, err := UnquoteChar(in, quote)
			if in[0] == '\n' || err != nil {
				return "", in0, ErrSyntax
			}
			in = rest
			if unescape {
				if r < utf8.RuneSelf || !multibyte {
					buf = append(buf, byte(r))
				} else {
					buf = utf8.AppendRune(buf, r)
				}
			}
			if quote == '\'' {
				// A character literal holds exactly one character.
				break
			}
		}
		if !(len(in) > 0 && in[0] == quote) {
			return "", in0, ErrSyntax
		}
		in = in[1:]
		if unescape {
			return string(buf), in, nil
		}
		return in0[:len(in0)-len(in)], in, nil
	}
	return "", in, ErrSyntax
}
