// Package signal implements access to incoming signals (gint: the runtime queues the
// signals a program asked for; a goroutine of this package takes them one by one and
// sends each to the channels that want it, as Go's does).
package signal

import (
	"context"
	"os"
	"sync"
	"syscall"
)

const numSig = 65

type handler struct {
	mask [numSig]bool
}

var handlers struct {
	sync.Mutex
	m   map[chan<- os.Signal]*handler
	ref [numSig]int
}

var loopOnce sync.Once

func signum(sig os.Signal) int {
	switch s := sig.(type) {
	case syscall.Signal:
		n := int(s)
		if n < 0 || n >= numSig {
			return -1
		}
		return n
	default:
		return -1
	}
}

// Notify causes package signal to relay incoming signals to c. If no signals are
// provided, all incoming signals will be relayed to c. Package signal will not block
// sending to c.
func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic("os/signal: Notify using nil channel")
	}
	handlers.Lock()
	defer handlers.Unlock()
	if handlers.m == nil {
		handlers.m = make(map[chan<- os.Signal]*handler)
	}
	h := handlers.m[c]
	if h == nil {
		h = new(handler)
		handlers.m[c] = h
	}
	add := func(n int) {
		if n < 0 || h.mask[n] {
			return
		}
		h.mask[n] = true
		if handlers.ref[n] == 0 {
			enableSignal(n)
		}
		handlers.ref[n]++
	}
	if len(sig) == 0 {
		for n := 1; n < numSig; n++ {
			add(n)
		}
	} else {
		for _, s := range sig {
			add(signum(s))
		}
	}
	loopOnce.Do(func() { go loop() })
}

// Stop causes package signal to stop relaying incoming signals to c.
func Stop(c chan<- os.Signal) {
	handlers.Lock()
	defer handlers.Unlock()
	h := handlers.m[c]
	if h == nil {
		return
	}
	delete(handlers.m, c)
	for n := 0; n < numSig; n++ {
		if h.mask[n] {
			handlers.ref[n]--
			if handlers.ref[n] == 0 {
				disableSignal(n)
			}
		}
	}
}

func cancel(sigs []os.Signal, action func(int)) {
	handlers.Lock()
	defer handlers.Unlock()
	remove := func(n int) {
		for _, h := range handlers.m {
			if h.mask[n] {
				h.mask[n] = false
				handlers.ref[n]--
			}
		}
		action(n)
	}
	if len(sigs) == 0 {
		for n := 1; n < numSig; n++ {
			remove(n)
		}
	} else {
		for _, s := range sigs {
			if n := signum(s); n >= 0 {
				remove(n)
			}
		}
	}
}

// Ignore causes the provided signals to be ignored. If no signals are provided, all
// incoming signals will be ignored.
func Ignore(sig ...os.Signal) {
	cancel(sig, ignoreSignal)
}

// Ignored reports whether sig is currently ignored.
func Ignored(sig os.Signal) bool {
	sn := signum(sig)
	return sn >= 0 && signalIgnored(sn)
}

// Reset undoes the effect of any prior calls to Notify for the provided signals. If no
// signals are provided, all signal handlers will be reset.
func Reset(sig ...os.Signal) {
	cancel(sig, disableSignal)
}

// process sends signal n to every channel that wants it, without blocking.
func process(n int) {
	sig := syscall.Signal(n)
	handlers.Lock()
	defer handlers.Unlock()
	for c, h := range handlers.m {
		if h.mask[n] {
			select {
			case c <- sig:
			default:
			}
		}
	}
}

func loop() {
	for {
		process(signalRecv())
	}
}

// NotifyContext returns a copy of the parent context that is marked done when one of
// the listed signals arrives, when the returned stop function is called, or when the
// parent context's Done channel is closed, whichever happens first.
func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	c := &signalCtx{Context: ctx, cancel: cancel, signals: signals}
	c.ch = make(chan os.Signal, 1)
	Notify(c.ch, c.signals...)
	if ctx.Err() == nil {
		go func() {
			select {
			case <-c.ch:
				c.cancel()
			case <-c.Done():
			}
		}()
	}
	return c, c.stop
}

type signalCtx struct {
	context.Context
	cancel  context.CancelFunc
	signals []os.Signal
	ch      chan os.Signal
}

func (c *signalCtx) stop() {
	c.cancel()
	Stop(c.ch)
}

func (c *signalCtx) String() string {
	str := "signal.NotifyContext(" + contextName(c.Context)
	if len(c.signals) != 0 {
		str += ", ["
		for i, s := range c.signals {
			str += s.String()
			if i != len(c.signals)-1 {
				str += " "
			}
		}
		str += "]"
	}
	str += ")"
	return str
}

// contextName is the name of the parent context: c is the context WithCancel made of it,
// whose name ends in ".WithCancel".
func contextName(c context.Context) string {
	s, ok := c.(interface{ String() string })
	if !ok {
		return "context"
	}
	name := s.String()
	const suffix = ".WithCancel"
	if len(name) >= len(suffix) && name[len(name)-len(suffix):] == suffix {
		name = name[:len(name)-len(suffix)]
	}
	return name
}

// native
func enableSignal(n int)

// native
func disableSignal(n int)

// native
func ignoreSignal(n int)

// native
func signalIgnored(n int) bool

// signalRecv waits for the next signal the program asked for and returns its number.
//
// native
func signalRecv() int
