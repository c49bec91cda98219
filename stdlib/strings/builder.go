package strings

// Builder builds a string efficiently with Write methods. Its zero value is ready to use.
// A non-zero Builder must not be copied.
type Builder struct {
	addr *Builder // the Builder's own address, to catch copies by value
	buf  string   // the bytes written (natives grow it in place while unshared)
	c    int      // the capacity a []byte buffer would have (what Cap reports)
}

// writeString, writeBytes and writeByte append to b.buf, in place while no other string
// shares it (a []byte buffer would hold each byte in a word of its own).
//
// native
func writeString(b *Builder, s string)

// native
func writeBytes(b *Builder, p []byte)

// native
func writeByte(b *Builder, c byte)

// appendCap is the capacity append gives a []byte of capacity oldCap growing to newLen.
//
// native
func appendCap(oldCap, newLen int) int

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string.
func (b *Builder) String() string {
	return b.buf
}

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the underlying byte slice.
func (b *Builder) Cap() int { return b.c }

// Reset empties the Builder.
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = ""
	b.c = 0
}

// room makes the capacity hold n more bytes, growing it as append would.
func (b *Builder) room(n int) {
	if l := len(b.buf) + n; l > b.c {
		b.c = appendCap(b.c, l)
	}
}

// Grow makes room for another n bytes without another allocation. It panics if n < 0.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if b.c-len(b.buf) < n {
		// A new buffer of twice the capacity plus n, rounded up to an allocation size
		// class as Go's allocator does.
		b.c = appendCap(0, 2*b.c+n)
	}
}

// Write appends p to b; the error is always nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.room(len(p))
	writeBytes(b, p)
	return len(p), nil
}

// WriteByte appends c to b; the error is always nil.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.room(1)
	writeByte(b, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r to b; the error is always nil.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	s := string(r)
	b.room(len(s))
	writeString(b, s)
	return len(s), nil
}

// WriteString appends s to b; the error is always nil.
func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.room(len(s))
	writeString(b, s)
	return len(s), nil
}
