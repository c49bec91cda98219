package fmt

import (
	"errors"
	"io"
	"os"
	"unicode/utf8"
)

// Scanf scans standard input according to a format: its verbs fill the operands, its
// spaces and newlines match the input's, other text matches itself. Between calls,
// a byte read ahead from standard input is lost, as in Go.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

// Fscanf is Scanf reading from r.
//
// (gint: each verb's text is read from r, by the rules of its operand's type, then
// converted as Sscanf converts it.)
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	src := &byteSource{r: r, pending: -1}
	defer src.release()
	return src.scanf(format, a)
}

// errScanEOF marks running out of input in the middle of the format.
var errScanEOF = errors.New("unexpected EOF")

func isScanSpace(c int) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'
}

// get returns the next byte, or -1 at the end of the input (or on a read error).
func (s *byteSource) get() int {
	c, err := s.readByte()
	if err != nil {
		return -1
	}
	return int(c)
}

func (s *byteSource) unget(c int) {
	if c >= 0 {
		s.unreadByte(byte(c))
	}
}

func (s *byteSource) peek() int {
	c := s.get()
	s.unget(c)
	return c
}

func (s *byteSource) scanf(format string, a []any) (n int, err error) {
	end := len(format) - 1
	for i := 0; i <= end; {
		w, err := s.advance(format[i:])
		if err != nil {
			return n, err
		}
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			// The format's text does not match the input (or the input ran out).
			if w < 0 {
				return n, errors.New("input does not match format")
			}
			break
		}
		i++ // the %
		// A width limits the runes the operand takes.
		wid, hasWid := 0, false
		for i <= end && '0' <= format[i] && format[i] <= '9' {
			wid = wid*10 + int(format[i]-'0')
			hasWid = true
			i++
		}
		if !hasWid {
			wid = 1 << 30
		}
		c, cw := utf8.DecodeRuneInString(format[i:])
		i += cw
		if c != 'c' {
			if err := s.skipSpace(); err != nil {
				return n, err
			}
		}
		if c == '%' {
			// "%%" after spaces: a literal percent.
			if s.get() != '%' {
				return n, errors.New("missing literal %")
			}
			continue
		}
		if n >= len(a) {
			return n, errors.New("too few operands for format '%" + format[i-cw:] + "'")
		}
		if err := s.scanOperand(c, wid, a[n]); err != nil {
			return n, err
		}
		n++
	}
	if n < len(a) {
		return n, errors.New("too many operands")
	}
	return n, nil
}

// skipSpace skips spaces; a newline is an error, as the format's newlines must match the
// input's.
func (s *byteSource) skipSpace() error {
	for {
		c := s.get()
		if c < 0 {
			return nil
		}
		if c == '\r' && s.peek() == '\n' {
			continue
		}
		if c == '\n' {
			return errors.New("unexpected newline")
		}
		if !isScanSpace(c) {
			s.unget(c)
			return nil
		}
	}
}

// advance matches the format's leading text (up to a verb) against the input: the number
// of format bytes used, or -1 if a literal did not match.
func (s *byteSource) advance(format string) (i int, err error) {
	for i < len(format) {
		fc := int(format[i])
		if isScanSpace(fc) {
			// A newline in the format matches spaces, then a newline or the end of the
			// input; other spaces match one or more spaces (or the end).
			newlines, trailingSpace := 0, false
			for i < len(format) && isScanSpace(int(format[i])) {
				if format[i] == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i++
			}
			for j := 0; j < newlines; j++ {
				c := s.get()
				for isScanSpace(c) && c != '\n' {
					c = s.get()
				}
				if c != '\n' && c >= 0 {
					return i, errors.New("newline in format does not match input")
				}
			}
			if trailingSpace {
				c := s.get()
				if newlines == 0 {
					if !isScanSpace(c) && c >= 0 {
						return i, errors.New("expected space in input to match format")
					}
					if c == '\n' {
						return i, errors.New("newline in input does not match format")
					}
				}
				for isScanSpace(c) && c != '\n' {
					c = s.get()
				}
				s.unget(c)
			}
			continue
		}
		if fc == '%' {
			if i+1 == len(format) {
				return i, errors.New("missing verb: % at end of format string")
			}
			if format[i+1] != '%' {
				return i, nil
			}
			i++ // "%%" is a literal percent
		}
		c := s.get()
		if c < 0 {
			return i, errScanEOF
		}
		if c != int(format[i]) {
			s.unget(c)
			return -1, nil
		}
		i++
	}
	return i, nil
}

// scanOperand reads the text of one verb's operand, as its type reads it, and stores it.
func (s *byteSource) scanOperand(verb rune, wid int, arg any) error {
	var tok []byte
	take := func(ok func(c int) bool) {
		for len(tok) < wid {
			c := s.get()
			if c < 0 {
				return
			}
			if !ok(c) {
				s.unget(c)
				return
			}
			tok = append(tok, byte(c))
		}
	}
	if verb == 'c' {
		// One rune, spaces included.
		c := s.get()
		if c < 0 {
			return io.EOF
		}
		tok = append(tok, byte(c))
		for need := utf8.RuneLen(rune(c)); c >= 0x80 && !utf8.FullRune(tok) && need != 0; {
			d := s.get()
			if d < 0 {
				break
			}
			tok = append(tok, byte(d))
		}
		_, err := Sscanf(string(tok), "%c", arg)
		return err
	}
	if s.peek() < 0 {
		return io.EOF
	}
	notSpace := func(c int) bool { return !isScanSpace(c) }
	switch arg.(type) {
	case *int, *int8, *int16, *int32, *int64, *uint, *uint8, *uint16, *uint32, *uint64, *uintptr:
		tok = s.intToken(verb, wid)
	case *float32, *float64:
		tok = s.floatToken(wid)
	case *bool:
		return s.scanBool(verb, arg.(*bool))
	case *string, *[]byte:
		if verb == 'q' && (s.peek() == '"' || s.peek() == '`') {
			quote := s.get()
			tok = append(tok, byte(quote))
			for {
				c := s.get()
				if c < 0 {
					break
				}
				tok = append(tok, byte(c))
				if c == '\\' && quote == '"' {
					if d := s.get(); d >= 0 {
						tok = append(tok, byte(d))
					}
					continue
				}
				if c == quote {
					break
				}
			}
		} else {
			take(notSpace)
		}
	default:
		take(notSpace)
	}
	if len(tok) == 0 {
		// Nothing of the operand's kind: the conversion reports the error.
		tok = append(tok, byte(s.peek()))
		_, err := Sscanf(string(tok), "%"+string(verb), arg)
		if err == nil {
			err = errors.New("expected integer")
		}
		return err
	}
	_, err := Sscanf(string(tok), "%"+string(verb), arg)
	return err
}

// accept takes the next byte if it is in set (and the width allows), appending it to tok.
func (s *byteSource) accept(tok *[]byte, wid int, set string) bool {
	if len(*tok) >= wid {
		return false
	}
	c := s.get()
	if c < 0 {
		return false
	}
	for i := 0; i < len(set); i++ {
		if int(set[i]) == c {
			*tok = append(*tok, byte(c))
			return true
		}
	}
	s.unget(c)
	return false
}

// floatToken reads a floating-point number's text as Go's scanner does: NaN, a sign,
// Inf, or digits (hexadecimal after 0x), a fraction and an exponent.
func (s *byteSource) floatToken(wid int) []byte {
	var tok []byte
	if s.accept(&tok, wid, "nN") && s.accept(&tok, wid, "aA") && s.accept(&tok, wid, "nN") {
		return tok
	}
	s.accept(&tok, wid, "+-")
	if s.accept(&tok, wid, "iI") && s.accept(&tok, wid, "nN") && s.accept(&tok, wid, "fF") {
		return tok
	}
	digits, exp := "0123456789_", "eEpP"
	if s.accept(&tok, wid, "0") && s.accept(&tok, wid, "xX") {
		digits, exp = "0123456789aAbBcCdDeEfF_", "pP"
	}
	for s.accept(&tok, wid, digits) {
	}
	if s.accept(&tok, wid, ".") {
		for s.accept(&tok, wid, digits) {
		}
	}
	if s.accept(&tok, wid, exp) {
		s.accept(&tok, wid, "+-")
		for s.accept(&tok, wid, "0123456789_") {
		}
	}
	return tok
}

// scanBool reads a boolean as Go's scanner does: its first letter decides, and a word
// begun must be spelled out; any other rune is false.
func (s *byteSource) scanBool(verb rune, p *bool) error {
	if verb != 't' && verb != 'v' {
		return errors.New("bad verb '%" + string(verb) + "' for boolean")
	}
	var tok []byte
	bad := errors.New("syntax error scanning boolean")
	switch s.get() {
	case '1':
		*p = true
	case 't', 'T':
		if s.accept(&tok, 1<<30, "rR") && (!s.accept(&tok, 1<<30, "uU") || !s.accept(&tok, 1<<30, "eE")) {
			return bad
		}
		*p = true
	case 'f', 'F':
		if s.accept(&tok, 1<<30, "aA") && (!s.accept(&tok, 1<<30, "lL") || !s.accept(&tok, 1<<30, "sS") || !s.accept(&tok, 1<<30, "eE")) {
			return bad
		}
		*p = false
	default:
		*p = false
	}
	return nil
}

// intToken reads an integer's text as Go's scanner does: a sign, then the digits of the
// verb's base (for %v, of the base its prefix gives).
func (s *byteSource) intToken(verb rune, wid int) []byte {
	var tok []byte
	s.accept(&tok, wid, "+-")
	digits := "0123456789_"
	switch verb {
	case 'b':
		digits = "01_"
	case 'o':
		digits = "01234567_"
	case 'x', 'X':
		digits = "0123456789aAbBcCdDeEfF_"
	case 'v':
		if s.accept(&tok, wid, "0") {
			switch {
			case s.accept(&tok, wid, "bB"):
				digits = "01_"
			case s.accept(&tok, wid, "oO"):
				digits = "01234567_"
			case s.accept(&tok, wid, "xX"):
				digits = "0123456789aAbBcCdDeEfF_"
			default:
				digits = "01234567_"
			}
		}
	}
	for s.accept(&tok, wid, digits) {
	}
	return tok
}
