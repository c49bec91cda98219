// Package context carries deadlines, cancellation signals and request-scoped values
// across API boundaries and between goroutines.
//
// gint's version follows Go's: a canceled context closes its Done channel and cancels its
// children; a deadline is a time.AfterFunc timer. One struct, cancelCtx, serves
// WithCancel, WithCancelCause, WithDeadline and WithTimeout (Go embeds a cancelCtx in a
// timerCtx for the latter two).
package context

import (
	"errors"
	"sync"
	"time"
)

// A Context carries a deadline, a cancellation signal, and other values across API
// boundaries. Its methods may be called by multiple goroutines simultaneously.
type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

// Canceled is the error returned by Context.Err when the context is canceled.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the error returned by Context.Err when the context's deadline
// passes.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// emptyCtx is never canceled, has no values, and has no deadline.
type emptyCtx struct {
	name string
}

func (emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (emptyCtx) Done() <-chan struct{}                   { return nil }
func (emptyCtx) Err() error                              { return nil }
func (emptyCtx) Value(key any) any                       { return nil }
func (e emptyCtx) String() string                        { return e.name }

var backgroundCtx = emptyCtx{name: "context.Background"}
var todoCtx = emptyCtx{name: "context.TODO"}

// Background returns a non-nil, empty Context. It is never canceled, has no values, and
// has no deadline.
func Background() Context {
	return backgroundCtx
}

// TODO returns a non-nil, empty Context, for code where it is unclear which Context to use.
func TODO() Context {
	return todoCtx
}

// A CancelFunc tells an operation to abandon its work. After the first call, subsequent
// calls do nothing.
type CancelFunc func()

// A CancelCauseFunc behaves like a CancelFunc but additionally sets the cancellation
// cause, returned by Cause.
type CancelCauseFunc func(cause error)

// canceler is a context that can be canceled directly: a cancelCtx or an AfterFunc's.
type canceler interface {
	cancel(removeFromParent bool, err, cause error)
	Done() <-chan struct{}
}

// ctxKey keys the lookup by which a context finds the cancelCtx it derives from.
type ctxKey int

const cancelCtxKey ctxKey = 0

// closedchan is a reusable closed channel.
var closedchan = newClosedChan()

// newClosedChan makes closedchan (gint runs the initializers of the package-level
// variables a program uses, not a standard package's init functions).
func newClosedChan() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}

// A cancelCtx can be canceled. When canceled, it also cancels any children that
// implement canceler.
type cancelCtx struct {
	parent   Context
	mu       sync.Mutex
	done     chan struct{} // created lazily, closed by the first cancel call
	children map[canceler]struct{}
	err      error // set to non-nil by the first cancel call
	cause    error // set to non-nil by the first cancel call

	// WithDeadline's: the deadline and the timer that cancels at it.
	hasDeadline bool
	deadline    time.Time
	timer       *time.Timer
	kind        string // "WithCancel", "WithDeadline" or "WithTimeout" (for String)
}

func (c *cancelCtx) Deadline() (deadline time.Time, ok bool) {
	if c.hasDeadline {
		return c.deadline, true
	}
	return c.parent.Deadline()
}

func (c *cancelCtx) Value(key any) any {
	if k, ok := key.(ctxKey); ok && k == cancelCtxKey {
		return c
	}
	return c.parent.Value(key)
}

func (c *cancelCtx) Done() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done == nil {
		c.done = make(chan struct{})
	}
	return c.done
}

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	err := c.err
	c.mu.Unlock()
	return err
}

func (c *cancelCtx) String() string {
	if c.kind == "WithDeadline" {
		// The deadline and the time left, as Go's timerCtx shows them.
		return contextName(c.parent) + ".WithDeadline(" + c.deadline.String() + " [" + time.Until(c.deadline).String() + "])"
	}
	return contextName(c.parent) + "." + c.kind
}

// cancel closes c.done, cancels each of c's children, and, if removeFromParent is true,
// removes c from its parent's children. The first call sets the error and cause.
func (c *cancelCtx) cancel(removeFromParent bool, err, cause error) {
	if err == nil {
		panic("context: internal error: missing cancel error")
	}
	if cause == nil {
		cause = err
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return // already canceled
	}
	c.err = err
	c.cause = cause
	if c.done == nil {
		c.done = closedchan
	} else {
		close(c.done)
	}
	children := c.children
	c.children = nil
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.mu.Unlock()
	for child := range children {
		child.cancel(false, err, cause)
	}
	if removeFromParent {
		removeChild(c.parent, c)
	}
}

// propagateCancel arranges for child to be canceled when parent is.
func (c *cancelCtx) propagateCancel(parent Context, child canceler) {
	c.parent = parent
	done := parent.Done()
	if done == nil {
		return // parent is never canceled
	}
	select {
	case <-done:
		// parent is already canceled
		child.cancel(false, parent.Err(), Cause(parent))
		return
	default:
	}
	if p, ok := parentCancelCtx(parent); ok {
		p.mu.Lock()
		if p.err != nil {
			// parent has already been canceled
			p.mu.Unlock()
			child.cancel(false, p.err, p.cause)
			return
		}
		if p.children == nil {
			p.children = make(map[canceler]struct{})
		}
		p.children[child] = struct{}{}
		p.mu.Unlock()
		return
	}
	// A parent of a type of the program's own: watch it from a goroutine.
	go func() {
		select {
		case <-parent.Done():
			child.cancel(false, parent.Err(), Cause(parent))
		case <-child.Done():
		}
	}()
}

// parentCancelCtx returns the underlying *cancelCtx for parent, if parent's Done is that
// context's channel.
func parentCancelCtx(parent Context) (*cancelCtx, bool) {
	done := parent.Done()
	if done == closedchan || done == nil {
		return nil, false
	}
	p, ok := parent.Value(cancelCtxKey).(*cancelCtx)
	if !ok {
		return nil, false
	}
	if p.Done() != done {
		return nil, false
	}
	return p, true
}

// removeChild removes a context from its parent.
func removeChild(parent Context, child canceler) {
	p, ok := parentCancelCtx(parent)
	if !ok {
		return
	}
	p.mu.Lock()
	if p.children != nil {
		delete(p.children, child)
	}
	p.mu.Unlock()
}

func withCancel(parent Context) *cancelCtx {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := &cancelCtx{kind: "WithCancel"}
	c.propagateCancel(parent, c)
	return c
}

// WithCancel returns a derived context that points to the parent context but has a new
// Done channel, closed when the returned cancel function is called or when the parent
// context's Done channel is closed, whichever happens first.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := withCancel(parent)
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithCancelCause behaves like WithCancel but returns a CancelCauseFunc instead of a
// CancelFunc. Calling cancel with a non-nil error (the "cause") records that error in
// ctx; it can then be retrieved using Cause(ctx).
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := withCancel(parent)
	return c, func(cause error) { c.cancel(true, Canceled, cause) }
}

// Cause returns a non-nil error explaining why c was canceled: the cause given to the
// cancel function, or else c.Err(). It returns nil if c has not been canceled yet.
func Cause(c Context) error {
	if cc, ok := c.Value(cancelCtxKey).(*cancelCtx); ok {
		cc.mu.Lock()
		cause := cc.cause
		cc.mu.Unlock()
		return cause
	}
	return c.Err()
}

// WithDeadline returns a derived context that is canceled no later than d.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return withDeadline(parent, d, nil, "WithDeadline")
}

// WithDeadlineCause behaves like WithDeadline but also sets the cause of the returned
// Context when the deadline is exceeded.
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	return withDeadline(parent, d, cause, "WithDeadline")
}

func withDeadline(parent Context, d time.Time, cause error, kind string) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		// The current deadline is already sooner than the new one.
		return WithCancel(parent)
	}
	c := &cancelCtx{kind: kind, hasDeadline: true, deadline: d}
	c.propagateCancel(parent, c)
	dur := time.Until(d)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded, cause) // deadline has already passed
		return c, func() { c.cancel(false, Canceled, nil) }
	}
	c.mu.Lock()
	if c.err == nil {
		c.timer = time.AfterFunc(dur, func() {
			c.cancel(true, DeadlineExceeded, cause)
		})
	}
	c.mu.Unlock()
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithTimeout returns WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return withDeadline(parent, time.Now().Add(timeout), nil, "WithDeadline")
}

// WithTimeoutCause behaves like WithTimeout but also sets the cause of the returned
// Context when the timeout expires.
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	return withDeadline(parent, time.Now().Add(timeout), cause, "WithDeadline")
}

// contextName is how a context's parent shows in its String.
func contextName(c Context) string {
	if s, ok := c.(interface{ String() string }); ok {
		return s.String()
	}
	return "context"
}
