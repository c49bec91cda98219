package io

import (
	"errors"
	"sync"
)

// ErrClosedPipe is the error used for reads or writes on a closed pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// pipe is the shared half of a PipeReader/PipeWriter pair. A write hands its bytes to
// readers through wrCh and waits for each count on rdCh; done closes when either side
// closes.
type pipe struct {
	wrMu sync.Mutex // serializes writes
	wrCh chan []byte
	rdCh chan int

	once sync.Once
	done chan struct{}
	mu   sync.Mutex
	rerr error // error for writers once the read side closed
	werr error // error for readers once the write side closed
}

func (p *pipe) read(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.readCloseError()
	default:
	}
	select {
	case bw := <-p.wrCh:
		nr := copy(b, bw)
		p.rdCh <- nr
		return nr, nil
	case <-p.done:
		return 0, p.readCloseError()
	}
}

func (p *pipe) readCloseError() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.werr == nil && p.rerr != nil {
		return ErrClosedPipe
	}
	return p.werr
}

func (p *pipe) closeRead(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	p.mu.Lock()
	if p.rerr == nil {
		p.rerr = err
	}
	p.mu.Unlock()
	p.once.Do(func() { close(p.done) })
	return nil
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeCloseError()
	default:
	}
	// (Locked after the select, not in its default clause: gint does not run a defer
	// made inside a select clause yet.)
	p.wrMu.Lock()
	defer p.wrMu.Unlock()
	for once := true; once || len(b) > 0; once = false {
		select {
		case p.wrCh <- b:
			nw := <-p.rdCh
			b = b[nw:]
			n += nw
		case <-p.done:
			return n, p.writeCloseError()
		}
	}
	return n, nil
}

func (p *pipe) writeCloseError() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.rerr == nil && p.werr != nil {
		return ErrClosedPipe
	}
	return p.rerr
}

func (p *pipe) closeWrite(err error) error {
	if err == nil {
		err = EOF
	}
	p.mu.Lock()
	if p.werr == nil {
		p.werr = err
	}
	p.mu.Unlock()
	p.once.Do(func() { close(p.done) })
	return nil
}

// PipeReader is the read half of a pipe.
type PipeReader struct{ pipe }

// Read reads from the pipe, blocking until a writer arrives or the write end is closed.
func (r *PipeReader) Read(data []byte) (n int, err error) {
	return r.pipe.read(data)
}

// Close closes the reader; later writes to the pipe fail with ErrClosedPipe.
func (r *PipeReader) Close() error {
	return r.CloseWithError(nil)
}

// CloseWithError closes the reader; later writes fail with err (ErrClosedPipe if nil).
// The first error set is kept.
func (r *PipeReader) CloseWithError(err error) error {
	return r.pipe.closeRead(err)
}

// PipeWriter is the write half of a pipe.
type PipeWriter struct{ r PipeReader }

// Write writes to the pipe, blocking until readers have taken all of data or the read end
// is closed.
func (w *PipeWriter) Write(data []byte) (n int, err error) {
	return w.r.pipe.write(data)
}

// Close closes the writer; later reads return EOF.
func (w *PipeWriter) Close() error {
	return w.CloseWithError(nil)
}

// CloseWithError closes the writer; later reads return err (EOF if nil). The first error
// set is kept.
func (w *PipeWriter) CloseWithError(err error) error {
	return w.r.pipe.closeWrite(err)
}

// Pipe creates a synchronous in-memory pipe: each Write blocks until one or more Reads have
// consumed all its data. There is no internal buffering.
func Pipe() (*PipeReader, *PipeWriter) {
	pw := &PipeWriter{r: PipeReader{pipe: pipe{
		wrCh: make(chan []byte),
		rdCh: make(chan int),
		done: make(chan struct{}),
	}}}
	return &pw.r, pw
}
