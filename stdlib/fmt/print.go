// Package fmt implements formatted I/O with functions analogous to C's printf and scanf
// (gint: the formatting and scanning engines are natives; only the API is declared here).
package fmt

import (
	"errors"
	"io"
	"os"
)

// Stringer is implemented by any value with a String method, which defines its "native"
// format for %v and the verbs that accept a string.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value with a GoString method, which defines its Go
// syntax for %#v.
type GoStringer interface {
	GoString() string
}

// Formatter is implemented by any value with a Format method, which controls how it is
// formatted for every verb.
type Formatter interface {
	Format(f State, verb rune)
}

// State is the printer state passed to custom formatters: the output and the options of
// the verb.
type State interface {
	// Write is the function to call to emit formatted output to be printed.
	Write(b []byte) (n int, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Precision returns the value of the precision option and whether it has been set.
	Precision() (prec int, ok bool)
	// Flag reports whether the flag c, a character, has been set.
	Flag(c int) bool
}

// ScanState is the scanner state passed to custom scanners.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value with a Scan method, which scans the input for the
// representation of a value and stores the result in the receiver.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// FormatString returns a string representing the fully qualified formatting directive
// captured by state, followed by verb.
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = appendInt(b, w)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = appendInt(b, p)
	}
	b = append(b, string(verb)...)
	return string(b)
}

func appendInt(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, d[i:]...)
}

// Print formats its operands with their default formats and writes to standard output,
// adding spaces between operands when neither is a string.
//
// native
func Print(a ...any) (n int, err error)

// Println formats its operands with their default formats and writes to standard output,
// with spaces between operands and a newline at the end.
//
// native
func Println(a ...any) (n int, err error)

// Printf formats according to a format specifier and writes to standard output.
//
// native
func Printf(format string, a ...any) (n int, err error)

// Sprint is Print returning the result.
//
// native
func Sprint(a ...any) string

// Sprintln is Println returning the result.
//
// native
func Sprintln(a ...any) string

// Sprintf is Printf returning the result.
//
// native
func Sprintf(format string, a ...any) string

// Fprint is Print writing to w.
//
// native
func Fprint(w io.Writer, a ...any) (n int, err error)

// Fprintln is Println writing to w.
//
// native
func Fprintln(w io.Writer, a ...any) (n int, err error)

// Fprintf is Printf writing to w.
//
// native
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)

// Append is Print appending to b.
//
// native
func Append(b []byte, a ...any) []byte

// Appendln is Println appending to b.
//
// native
func Appendln(b []byte, a ...any) []byte

// Appendf is Printf appending to b.
//
// native
func Appendf(b []byte, format string, a ...any) []byte

// Errorf formats according to a format specifier and returns the string as an error. An
// operand of a %w verb is wrapped: the error has an Unwrap method returning it (or, with
// several %w, an Unwrap method returning all of them).
//
// native
func Errorf(format string, a ...any) (err error)

// Scan scans space-separated values from standard input into successive arguments;
// newlines count as space.
func Scan(a ...any) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

// Scanln is like Scan but stops at a newline.
func Scanln(a ...any) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

// Sscan is Scan reading from str.
//
// native
func Sscan(str string, a ...any) (n int, err error)

// Sscanln is Scanln reading from str.
//
// native
func Sscanln(str string, a ...any) (n int, err error)

// Sscanf is Scanf reading from str.
//
// native
func Sscanf(str string, format string, a ...any) (n int, err error)

// Fscan is Scan reading from r.
//
// (gint: each operand's space-separated text is read, then scanned as Sscan does. Within
// one call a byte read ahead is put back; between calls it is put back only if r can
// unread, else lost, as in Go.)
func Fscan(r io.Reader, a ...any) (n int, err error) {
	src := &byteSource{r: r, pending: -1}
	defer src.release()
	return src.scanItems(a, true)
}

// Fscanln is Scanln reading from r: its operands from one line, which must end after them.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	src := &byteSource{r: r, pending: -1}
	defer src.release()
	n, err = src.scanItems(a, false)
	if err != nil {
		return n, err
	}
	// After the last operand: spaces, then a newline or the end of the input.
	for {
		c, rerr := src.readByte()
		if rerr != nil || c == '\n' {
			return n, nil
		}
		if c != ' ' && c != '\t' && c != '\r' {
			return n, errors.New("expected newline")
		}
	}
}

// byteSource reads the input of one scanning call, with one byte of pushback.
type byteSource struct {
	r       io.Reader
	pending int // a byte put back, or -1
}

func (s *byteSource) readByte() (byte, error) {
	if s.pending >= 0 {
		c := byte(s.pending)
		s.pending = -1
		return c, nil
	}
	if br, ok := s.r.(io.ByteReader); ok {
		return br.ReadByte()
	}
	var b [1]byte
	for {
		n, err := s.r.Read(b[:])
		if n == 1 {
			return b[0], nil
		}
		if err != nil {
			return 0, err
		}
	}
}

func (s *byteSource) unreadByte(c byte) { s.pending = int(c) }

// release hands a byte read ahead back to the reader, if it can take it.
func (s *byteSource) release() {
	if s.pending >= 0 {
		if u, ok := s.r.(io.ByteScanner); ok {
			u.UnreadByte()
		}
	}
}

func (s *byteSource) scanItems(a []any, newlineIsSpace bool) (n int, err error) {
	for i := range a {
		tok, rerr := s.readToken(newlineIsSpace)
		if len(tok) == 0 {
			if rerr == errNewline {
				return n, errors.New("unexpected newline")
			}
			return n, rerr
		}
		if _, err := Sscan(string(tok), a[i]); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// errNewline is readToken's report of a newline met before any text (when newlines end
// the operands).
var errNewline = errors.New("newline")

// readToken skips spaces (and newlines, when newlines are space) and returns the bytes up
// to the next space, which it puts back.
func (s *byteSource) readToken(newlineIsSpace bool) ([]byte, error) {
	var tok []byte
	for {
		c, err := s.readByte()
		if err != nil {
			return tok, err
		}
		if c == '\n' && !newlineIsSpace {
			if len(tok) == 0 {
				return nil, errNewline
			}
			s.unreadByte(c)
			return tok, nil
		}
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			if len(tok) == 0 {
				continue
			}
			s.unreadByte(c)
			return tok, nil
		}
		tok = append(tok, c)
	}
}

// state is the State gint's fmt passes to Format methods: the verb's options, and the
// output they write, which fmt then appends to its own.
type state struct {
	buf   []byte
	wid   int
	prec  int
	hasW  bool
	hasP  bool
	flags string
}

func (s *state) Write(b []byte) (n int, err error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

func (s *state) WriteString(str string) (n int, err error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *state) Width() (wid int, ok bool) { return s.wid, s.hasW }

func (s *state) Precision() (prec int, ok bool) { return s.prec, s.hasP }

func (s *state) Flag(c int) bool {
	for i := 0; i < len(s.flags); i++ {
		if int(s.flags[i]) == c {
			return true
		}
	}
	return false
}
