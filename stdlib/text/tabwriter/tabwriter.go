// Package tabwriter is Go's text/tabwriter: it aligns tab-terminated cells of consecutive
// lines into columns (the elastic tabstops algorithm), with Go's flags and output.
//
// Text is buffered as lines of cells until a line with a single cell (or a '\f') ends a
// block, or Flush; then format sizes each column over the run of lines that have it,
// recursively, and writes the lines out padded.
package tabwriter

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// A cell is a run of text ending in a tab or a line end.
type cell struct {
	size  int  // bytes
	width int  // runes, not counting escaped or HTML parts
	htab  bool // ended by '\t' (not '\v')
}

// A Writer is a filter that inserts padding around tab-delimited columns in its input to
// align them in the output.
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padchar  byte
	flags    uint

	buf     []byte // text of the pending cells, without tabs and line breaks
	pos     int    // how much of buf the current cell's width counts
	cell    cell   // the cell being written
	endChar byte   // the byte ending the escaped section being read, or 0
	lines   [][]cell
	widths  []int // the widths of the enclosing columns while formatting
}

// Formatting can be controlled with these flags.
const (
	// Ignore html tags and treat entities (starting with '&' and ending in ';') as a
	// single character (width = 1).
	FilterHTML uint = 1 << iota
	// Strip Escape characters bracketing escaped text segments instead of passing them
	// through unchanged with the text.
	StripEscape
	// Force right-alignment of cell content. Default is left-alignment.
	AlignRight
	// Handle empty columns as if they were not present in the input in the first place.
	DiscardEmptyColumns
	// Always use tabs for indentation columns (i.e., padding of leading empty cells on
	// the left) independent of padchar.
	TabIndent
	// Print a vertical bar ('|') between columns (after formatting). Discarded columns
	// appear as zero-width columns ("||").
	Debug
)

// Escape brackets text that is passed through unchanged and counted as one cell's text.
const Escape = '\xff'

func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.endChar = 0
	b.lines = [][]cell{nil}
	b.widths = b.widths[:0]
}

// Init initializes a Writer; see NewWriter.
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
		// Tab padding enforces left-alignment.
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

// NewWriter allocates and initializes a new tabwriter.Writer.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// osError carries a write error out of the formatting code, to Write or Flush.
type osError struct {
	err error
}

func (b *Writer) write0(buf []byte) {
	n, err := b.output.Write(buf)
	if n != len(buf) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(osError{err})
	}
}

func (b *Writer) writeRepeat(c byte, n int) {
	if n <= 0 {
		return
	}
	pad := make([]byte, n)
	for i := range pad {
		pad[i] = c
	}
	b.write0(pad)
}

// writePadding pads text of width textw to cellw, with tabs when padding with tabs (each
// tab counted as tabwidth, rounding the cell up to a tab stop).
func (b *Writer) writePadding(textw, cellw int, useTabs bool) {
	if b.padchar == '\t' || useTabs {
		if b.tabwidth == 0 {
			return
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := cellw - textw
		if n < 0 {
			panic("internal error")
		}
		b.writeRepeat('\t', (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.writeRepeat(b.padchar, cellw-textw)
}

// writeLines writes lines line0..line1 with the current column widths; pos is where their
// text starts in buf, and the result where the next line's starts.
func (b *Writer) writeLines(pos int, line0, line1 int) int {
	for i := line0; i < line1; i++ {
		line := b.lines[i]
		// Leading empty cells are indentation: with TabIndent, padded with tabs.
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
		if i+1 == len(b.lines) {
			// The last buffered line is not terminated: write its pending cell's text.
			b.write0(b.buf[pos : pos+b.cell.size])
			pos += b.cell.size
		} else {
			b.write0([]byte{'\n'})
		}
	}
	return pos
}

// format writes lines line0..line1: a block of consecutive lines that have a cell in the
// next column (beyond len(b.widths)) gets that column's width (the widest cell plus
// padding, at least minwidth), and is formatted recursively for the columns after it.
// A line's last cell is not part of any column.
func (b *Writer) format(pos int, line0, line1 int) int {
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		if column >= len(b.lines[this])-1 {
			continue
		}
		// The lines before this one end before this column.
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

func (b *Writer) append(text []byte) {
	b.buf = append(b.buf, text...)
	b.cell.size += len(text)
}

// updateWidth counts the runes of the cell's text written since the last count.
func (b *Writer) updateWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

// endEscape ends an escaped section: escaped text counts its runes (less the two Escape
// bytes when they are kept), a tag counts nothing, an entity one.
func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.updateWidth()
		if b.flags&StripEscape == 0 {
			b.cell.width -= 2
		}
	case ';':
		b.cell.width++
	}
	b.pos = len(b.buf)
	b.endChar = 0
}

// terminateCell ends the current cell and returns the number of cells in its line.
func (b *Writer) terminateCell(htab bool) int {
	b.cell.htab = htab
	n := len(b.lines) - 1
	b.lines[n] = append(b.lines[n], b.cell)
	b.cell = cell{}
	return len(b.lines[n])
}

func (b *Writer) handlePanic(err *error, op string) {
	if e := recover(); e != nil {
		if op == "Flush" {
			// An error during Flush leaves the Writer empty, as Go's.
			b.reset()
		}
		if nerr, ok := e.(osError); ok {
			*err = nerr.err
			return
		}
		panic(fmt.Sprintf("tabwriter: panic during %s (%v)", op, e))
	}
}

// Flush should be called after the last call to Write to ensure that any data buffered
// in the Writer is written to output.
func (b *Writer) Flush() (err error) {
	defer b.handlePanic(&err, "Flush")
	b.flushNoDefers()
	return nil
}

func (b *Writer) flushNoDefers() {
	if b.cell.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.terminateCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

// Write writes buf to the writer b. The only errors returned are ones encountered while
// writing to the underlying output stream.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.handlePanic(&err, "Write")
	n = 0
	for i, ch := range buf {
		if b.endChar == 0 {
			switch ch {
			case '\t', '\v', '\n', '\f':
				b.append(buf[n:i])
				b.updateWidth()
				n = i + 1
				ncells := b.terminateCell(ch == '\t')
				if ch == '\n' || ch == '\f' {
					b.lines = append(b.lines, nil)
					// A line of one cell cannot belong to a column: the block before it
					// is complete and can be written.
					if ch == '\f' || ncells == 1 {
						b.flushNoDefers()
						if ch == '\f' && b.flags&Debug != 0 {
							b.write0([]byte("---\n"))
						}
					}
				}
			case Escape:
				b.append(buf[n:i])
				b.updateWidth()
				n = i
				if b.flags&StripEscape != 0 {
					n++
				}
				b.startEscape(Escape)
			case '<', '&':
				if b.flags&FilterHTML != 0 {
					b.append(buf[n:i])
					b.updateWidth()
					n = i
					b.startEscape(ch)
				}
			}
		} else if ch == b.endChar {
			j := i + 1
			if ch == Escape && b.flags&StripEscape != 0 {
				j = i
			}
			b.append(buf[n:j])
			n = i + 1
			b.endEscape()
		}
	}
	b.append(buf[n:])
	n = len(buf)
	return
}
