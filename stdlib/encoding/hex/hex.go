// Package hex is Go's encoding/hex: hexadecimal encoding and decoding, and hex dumps.
package hex

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const hextable = "0123456789abcdef"

// ErrLength reports an attempt to decode an odd-length input.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError values describe errors resulting from an invalid byte in a hex string.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// EncodedLen returns the length of an encoding of n source bytes.
func EncodedLen(n int) int { return n * 2 }

// DecodedLen returns the length of a decoding of x source bytes.
func DecodedLen(x int) int { return x / 2 }

// Encode encodes src into EncodedLen(len(src)) bytes of dst.
func Encode(dst, src []byte) int {
	j := 0
	for _, v := range src {
		dst[j] = hextable[v>>4]
		dst[j+1] = hextable[v&0x0f]
		j += 2
	}
	return len(src) * 2
}

// AppendEncode appends the hexadecimally encoded src to dst.
func AppendEncode(dst, src []byte) []byte {
	for _, v := range src {
		dst = append(dst, hextable[v>>4], hextable[v&0x0f])
	}
	return dst
}

// fromHex is the value of the hex digit c, or 0xff.
func fromHex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0xff
}

// Decode decodes src into DecodedLen(len(src)) bytes, returning the number written.
// An invalid byte is reported before an odd length.
func Decode(dst, src []byte) (int, error) {
	i, j := 0, 1
	for ; j < len(src); j += 2 {
		p, q := src[j-1], src[j]
		a, b := fromHex(p), fromHex(q)
		if a > 0x0f {
			return i, InvalidByteError(p)
		}
		if b > 0x0f {
			return i, InvalidByteError(q)
		}
		dst[i] = a<<4 | b
		i++
	}
	if len(src)%2 == 1 {
		if fromHex(src[j-1]) > 0x0f {
			return i, InvalidByteError(src[j-1])
		}
		return i, ErrLength
	}
	return i, nil
}

// AppendDecode appends the hexadecimally decoded src to dst.
func AppendDecode(dst, src []byte) ([]byte, error) {
	buf := make([]byte, DecodedLen(len(src)))
	n, err := Decode(buf, src)
	return append(dst, buf[:n]...), err
}

// EncodeToString returns the hexadecimal encoding of src.
func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

// DecodeString returns the bytes represented by the hexadecimal string s.
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// Dump returns a string that contains a hex dump of the given data, as `hexdump -C`.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var buf strings.Builder
	d := Dumper(&buf)
	d.Write(data)
	d.Close()
	return buf.String()
}

// Dumper returns a WriteCloser that writes a hex dump of all written data to w.
func Dumper(w io.Writer) io.WriteCloser {
	return &dumper{w: w}
}

// dumper writes each line as its bytes come: the offset, the hex columns, and at the
// end of the line (or at Close) the printable characters between bars.
type dumper struct {
	w      io.Writer
	right  []byte
	used   int
	n      uint
	closed bool
}

func toChar(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, c := range data {
		var out []byte
		if h.used == 0 {
			out = AppendEncode(out, []byte{byte(h.n >> 24), byte(h.n >> 16), byte(h.n >> 8), byte(h.n)})
			out = append(out, ' ', ' ')
		}
		out = append(out, hextable[c>>4], hextable[c&0x0f], ' ')
		if h.used == 7 {
			out = append(out, ' ')
		} else if h.used == 15 {
			out = append(out, ' ', '|')
		}
		if _, err = h.w.Write(out); err != nil {
			return
		}
		n++
		h.right = append(h.right, toChar(c))
		h.used++
		h.n++
		if h.used == 16 {
			h.right = append(h.right, '|', '\n')
			_, err = h.w.Write(h.right)
			h.right = h.right[:0]
			h.used = 0
			if err != nil {
				return
			}
		}
	}
	return
}

func (h *dumper) Close() (err error) {
	if h.closed {
		return
	}
	h.closed = true
	if h.used == 0 {
		return
	}
	var pad []byte
	for ; h.used < 16; h.used++ {
		pad = append(pad, "   "...)
		if h.used == 7 {
			pad = append(pad, ' ')
		} else if h.used == 15 {
			pad = append(pad, ' ', '|')
		}
	}
	h.right = append(h.right, '|', '\n')
	_, err = h.w.Write(append(pad, h.right...))
	return
}

// NewEncoder returns an io.Writer that writes lowercase hexadecimal characters to w.
func NewEncoder(w io.Writer) io.Writer {
	return &encoder{w: w}
}

type encoder struct {
	w   io.Writer
	err error
}

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		chunk := len(p)
		if chunk > 512 {
			chunk = 512
		}
		var written int
		written, e.err = e.w.Write([]byte(EncodeToString(p[:chunk])))
		n += written / 2
		p = p[chunk:]
	}
	return n, e.err
}

// NewDecoder returns an io.Reader that decodes hexadecimal characters from r. It expects
// that r contain only an even number of hexadecimal characters.
func NewDecoder(r io.Reader) io.Reader {
	return &decoder{r: r}
}

type decoder struct {
	r   io.Reader
	err error
	in  []byte // input not yet decoded
	arr [1024]byte
}

func (d *decoder) Read(p []byte) (n int, err error) {
	// Fill the buffer with at least 2 bytes of input, unless the input has ended.
	if len(d.in) < 2 && d.err == nil {
		numCopy := copy(d.arr[:], d.in)
		var numRead int
		numRead, d.err = d.r.Read(d.arr[numCopy:])
		d.in = d.arr[:numCopy+numRead]
		if d.err == io.EOF && len(d.in)%2 != 0 {
			if fromHex(d.in[len(d.in)-1]) > 0x0f {
				d.err = InvalidByteError(d.in[len(d.in)-1])
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if numAvail := len(d.in) / 2; len(p) > numAvail {
		p = p[:numAvail]
	}
	numDec, err := Decode(p, d.in[:len(p)*2])
	d.in = d.in[2*numDec:]
	if err != nil {
		d.in, d.err = nil, err
	}
	if len(d.in) < 2 {
		// Errors show only once the buffered input is used up.
		return numDec, d.err
	}
	return numDec, nil
}
