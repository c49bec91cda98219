// Package tabwriter aligns the tab-separated cells of consecutive lines into columns,
// with the column-block algorithm of Go's text/tabwriter (elastic tabstops): a column
// block is a run of lines that all have a cell in that column, and its width is that of
// its widest cell plus padding. The escape character and HTML filtering are not
// interpreted (their flags are accepted and ignored).
package tabwriter

import (
	"io"
	"unicode/utf8"
)

// Formatting flags.
const (
	FilterHTML uint = 1 << iota
	StripEscape
	AlignRight
	DiscardEmptyColumns
	TabIndent
	Debug
)

// Escape is the escape character of Go's tabwriter (accepted, not interpreted here).
const Escape = '\xff'

// A cell: its text's size in bytes and width in runes, and whether a tab ended it.
type cell struct {
	size  int
	width int
	htab  bool
}

// A Writer is a filter that aligns the columns of the text written to it, writing the
// result to its output on Flush (or when a line ends a block of columns).
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padchar  byte
	flags    uint

	buf    []byte   // the text of the buffered cells
	pos    int      // the end of the text counted in cell.width so far
	cell   cell     // the cell being written
	lines  [][]cell // the buffered lines
	widths []int    // the widths of the enclosing column blocks, while formatting
}

// NewWriter allocates and initializes a new Writer.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// Init initializes a Writer; padding with tabs forces left alignment.
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	b.padchar = padchar
	if padchar == '\t' {
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.lines = [][]cell{{}}
	b.widths = b.widths[:0]
}

func (b *Writer) write0(p []byte) {
	b.output.Write(p)
}

func (b *Writer) writeN(c byte, n int) {
	if n <= 0 {
		return
	}
	p := make([]byte, n)
	for i := range p {
		p[i] = c
	}
	b.write0(p)
}

// writePadding pads a cell of text width textw to cellw: with tabs (rounded up to whole
// tab stops) when padding with tabs or indenting with them, else with the pad character.
func (b *Writer) writePadding(textw, cellw int, useTabs bool) {
	if b.padchar == '\t' || useTabs {
		if b.tabwidth == 0 {
			return
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := cellw - textw
		b.writeN('\t', (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.writeN(b.padchar, cellw-textw)
}

func (b *Writer) writeLines(pos0 int, line0, line1 int) int {
	pos := pos0
	for i := line0; i < line1; i++ {
		line := b.lines[i]
		useTabs := b.flags&TabIndent != 0
		for j, c := range line {
			if j > 0 && b.flags&Debug != 0 {
				b.write0([]byte{'|'})
			}
			if c.size == 0 {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], useTabs)
				}
				continue
			}
			useTabs = false
			if b.flags&AlignRight == 0 {
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
			} else {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
			}
		}
		// The last buffered line has no newline yet.
		if i+1 < len(b.lines) {
			b.write0([]byte{'\n'})
		}
	}
	return pos
}

// format writes lines line0..line1, finding the column blocks of the next column (the
// last cell of a line belongs to no column).
func (b *Writer) format(pos0 int, line0, line1 int) int {
	pos := pos0
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		if column >= len(b.lines[this])-1 {
			continue
		}
		pos = b.writeLines(pos, line0, this)
		line0 = this
		width := b.minwidth
		discardable := true
		for ; this < line1; this++ {
			line := b.lines[this]
			if column >= len(line)-1 {
				break
			}
			c := line[column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, this)
		b.widths = b.widths[:len(b.widths)-1]
		line0 = this
	}
	return b.writeLines(pos, line0, line1)
}

func (b *Writer) updateWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

// terminateCell ends the current cell; it returns the number of cells of its line.
func (b *Writer) terminateCell(htab bool) int {
	b.cell.htab = htab
	n := len(b.lines) - 1
	b.lines[n] = append(b.lines[n], b.cell)
	b.cell = cell{}
	return len(b.lines[n])
}

// Flush writes out what is buffered; call it after the last Write.
func (b *Writer) Flush() error {
	if b.cell.size > 0 {
		b.terminateCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
	return nil
}

// Write buffers buf's text; a line with a single cell (no tab) ends the column blocks
// above it, so what is buffered is written out then.
func (b *Writer) Write(buf []byte) (int, error) {
	n := 0
	for i, ch := range buf {
		switch ch {
		case '\t', '\v', '\n', '\f':
			b.buf = append(b.buf, buf[n:i]...)
			b.cell.size += i - n
			b.updateWidth()
			n = i + 1
			ncells := b.terminateCell(ch == '\t')
			if ch == '\n' || ch == '\f' {
				b.lines = append(b.lines, []cell{})
				if ch == '\f' || ncells == 1 {
					b.Flush()
					if ch == '\f' && b.flags&Debug != 0 {
						b.write0([]byte("---\n"))
					}
				}
			}
		}
	}
	b.buf = append(b.buf, buf[n:]...)
	b.cell.size += len(buf) - n
	return len(buf), nil
}
