// Package utf8 encodes and decodes UTF-8 text: runes to byte sequences and back.
package utf8

// Constants of the encoding.
const (
	RuneError = '\uFFFD'     // the replacement character, returned for invalid input
	RuneSelf  = 0x80         // runes below RuneSelf are a single byte of the same value
	MaxRune   = '\U0010FFFF' // the largest valid Unicode code point
	UTFMax    = 4            // the longest encoding of a rune, in bytes
)

// Surrogate halves are not valid runes.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// seqInfo returns the length of the sequence that first byte b0 starts (0 if b0 cannot
// start one) and the range allowed for the second byte. The ranges follow RFC 3629:
// no overlong forms, no surrogates, nothing past MaxRune.
func seqInfo(b0 byte) (size int, lo, hi byte) {
	switch {
	case b0 < 0x80:
		return 1, 0, 0
	case b0 < 0xC2:
		return 0, 0, 0
	case b0 < 0xE0:
		return 2, 0x80, 0xBF
	case b0 == 0xE0:
		return 3, 0xA0, 0xBF
	case b0 == 0xED:
		return 3, 0x80, 0x9F
	case b0 < 0xF0:
		return 3, 0x80, 0xBF
	case b0 == 0xF0:
		return 4, 0x90, 0xBF
	case b0 < 0xF4:
		return 4, 0x80, 0xBF
	case b0 == 0xF4:
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

// FullRune reports whether p begins with a complete UTF-8 encoding of a rune.
// An invalid encoding counts as complete, since it decodes as an error rune of width 1.
func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	size, lo, hi := seqInfo(p[0])
	if n >= size {
		return true
	}
	// Too short: complete only if an early byte already makes it invalid.
	if n > 1 && (p[1] < lo || hi < p[1]) {
		return true
	}
	if n > 2 && (p[2] < 0x80 || 0xBF < p[2]) {
		return true
	}
	return false
}

// FullRuneInString is like FullRune for a string.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	size, lo, hi := seqInfo(s[0])
	if n >= size {
		return true
	}
	if n > 1 && (s[1] < lo || hi < s[1]) {
		return true
	}
	if n > 2 && (s[2] < 0x80 || 0xBF < s[2]) {
		return true
	}
	return false
}

// DecodeRune decodes the first UTF-8 encoding in p and returns the rune and its width in
// bytes. It returns (RuneError, 0) for empty input and (RuneError, 1) for an invalid encoding.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n < 1 {
		return RuneError, 0
	}
	b0 := p[0]
	sz, lo, hi := seqInfo(b0)
	if sz == 1 {
		return rune(b0), 1
	}
	if sz == 0 || n < sz {
		// A truncated sequence is invalid; so is an invalid first byte.
		return RuneError, 1
	}
	b1 := p[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if sz == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := p[2]
	if b2 < 0x80 || 0xBF < b2 {
		return RuneError, 1
	}
	if sz == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := p[3]
	if b3 < 0x80 || 0xBF < b3 {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeRuneInString is like DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	b0 := s[0]
	sz, lo, hi := seqInfo(b0)
	if sz == 1 {
		return rune(b0), 1
	}
	if sz == 0 || n < sz {
		return RuneError, 1
	}
	b1 := s[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if sz == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := s[2]
	if b2 < 0x80 || 0xBF < b2 {
		return RuneError, 1
	}
	if sz == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := s[3]
	if b3 < 0x80 || 0xBF < b3 {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeLastRune decodes the last UTF-8 encoding in p and returns the rune and its width.
// It returns (RuneError, 0) for empty input and (RuneError, 1) for an invalid encoding.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	// Walk back to the nearest byte that can start a rune, at most UTFMax bytes.
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	start := end - 1
	for start--; start >= lim; start-- {
		if RuneStart(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is like DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	start := end - 1
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns the number of bytes in the UTF-8 encoding of r, or -1 if r is not
// a valid rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the UTF-8 encoding of r into p, which must be large enough, and
// returns the number of bytes written. An invalid rune is written as RuneError.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case r < 0x10000:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends the UTF-8 encoding of r to p and returns the extended slice.
// An invalid rune is appended as RuneError.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p; each invalid byte counts as one rune.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// RuneCountInString is like RuneCount for a string.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneStart reports whether b can be the first byte of an encoded rune
// (continuation bytes 10xxxxxx cannot).
func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}

// Valid reports whether p consists entirely of valid UTF-8 encodings.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if size == 1 && r == RuneError {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8 encodings.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if size == 1 && r == RuneError {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be encoded as UTF-8: in range and not a surrogate half.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
