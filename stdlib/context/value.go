package context

import "time"

// A valueCtx carries a key-value pair and delegates everything else to its parent.
type valueCtx struct {
	parent   Context
	key, val any
}

// WithValue returns a derived context in which the value associated with key is val.
func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	return &valueCtx{parent, key, val}
}

func (c *valueCtx) Deadline() (deadline time.Time, ok bool) { return c.parent.Deadline() }
func (c *valueCtx) Done() <-chan struct{}                   { return c.parent.Done() }
func (c *valueCtx) Err() error                              { return c.parent.Err() }

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return c.parent.Value(key)
}

func (c *valueCtx) String() string {
	return contextName(c.parent) + ".WithValue(" + stringify(c.key) + ", " + stringify(c.val) + ")"
}

// stringify shows a key or value in a context's String: its String method's result, a
// string itself, or else its type's name.
func stringify(v any) string {
	switch s := v.(type) {
	case interface{ String() string }:
		return s.String()
	case string:
		return s
	case nil:
		return "<nil>"
	}
	return typeName(v)
}

// typeName returns the name of v's dynamic type, as %T prints it.
//
// native
func typeName(v any) string

// WithoutCancel returns a derived context that is not canceled when parent is canceled.
func WithoutCancel(parent Context) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	return withoutCancelCtx{parent}
}

type withoutCancelCtx struct {
	c Context
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool) { return }
func (withoutCancelCtx) Done() <-chan struct{}                   { return nil }
func (withoutCancelCtx) Err() error                              { return nil }
func (c withoutCancelCtx) Value(key any) any                     { return c.c.Value(key) }
func (c withoutCancelCtx) String() string                        { return contextName(c.c) + ".WithoutCancel" }

// AfterFunc arranges to call f in its own goroutine after ctx is canceled. If ctx is
// already canceled, AfterFunc calls f immediately in its own goroutine. Calling stop
// stops the association; it returns true if this call stopped f from being run.
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	a := &afterFuncCtx{f: f}
	a.propagateCancel(ctx, a)
	return func() bool {
		stopped := false
		a.once.Do(func() {
			stopped = true
		})
		if stopped {
			a.cancel(true, Canceled, nil)
		}
		return stopped
	}
}

// afterFuncCtx is the canceler AfterFunc registers: canceling it runs f once.
type afterFuncCtx struct {
	cancelCtx
	once onceFlag
	f    func()
}

func (a *afterFuncCtx) cancel(removeFromParent bool, err, cause error) {
	a.cancelCtx.cancel(false, err, cause)
	if removeFromParent {
		removeChild(a.parent, a)
	}
	a.once.Do(func() {
		f := a.f
		go f()
	})
}

// onceFlag is a sync.Once without the wait: calls here never run concurrently with f.
type onceFlag struct {
	done bool
}

func (o *onceFlag) Do(f func()) {
	if !o.done {
		o.done = true
		f()
	}
}
